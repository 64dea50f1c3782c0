-- Drops the outside-the-region ends of ČSÚ flows before a reload (only ČSÚ rows name them).
delete from transport.od_places

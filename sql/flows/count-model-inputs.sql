-- What the flow model needs: municipalities and a road network.
select (select count(*) from admin.municipalities)::int as municipalities,
       (select count(*) from transport.road_segments)::int as segments

select count(*)::int as n from flood.readings

delete from flood.readings

copy energy.readings (meter_id, ts, value, counter) from stdin

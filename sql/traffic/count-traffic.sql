-- Whether the traffic model and the accidents are loaded, and whether there is a network to model on.
select (select count(*) from transport.traffic_counts where source = 'model')::int as model_rows,
  (select count(*) from transport.road_segments)::int as segments,
  (select count(*) from transport.accidents)::int as accidents

-- Drops the previous MODEL rows; counter rows stay.
delete from transport.traffic_counts where source = 'model'

-- Current version of every dataset; ingest bumps a version when it reloads the dataset.
select dataset, version from ops.data_versions

-- How many datasets have ever been loaded; zero means a fresh database.
select count(*)::int as datasets from ops.data_versions

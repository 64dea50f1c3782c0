-- Whether the energy model's start-up loader has anything to do: the number of buildings.
select count(*)::int as buildings from energy.buildings

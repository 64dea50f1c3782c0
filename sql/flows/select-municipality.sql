-- A region municipality by code. $1 code.
select code, name, population from admin.municipalities where code = $1

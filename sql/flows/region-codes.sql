-- Codes of the region's municipalities (a ČSÚ flow is kept when one of its ends is among them).
select code from admin.municipalities order by code

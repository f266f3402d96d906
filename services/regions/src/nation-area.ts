/**
 * Indonesia as an area: national figures (need, indicators) are stored and served under the area
 * code "00" (level NATION), beside the provinces ("52") and kab/kota ("52.01"). The `Nation` entity
 * keeps its own key ("ID"); its `need` and `indicators` read area "00".
 */
export const NATION_AREA_CODE = '00';

// The judgement passes' code-unit reading lives in core (src/core/text-units.ts): the data layer's JSON walk reads a cell the same way.
export { codeUnitAt, codeUnitAtOrNaN, LITTLE_ENDIAN, TextUnits, type UnitsView } from "../../core/text-units.js";

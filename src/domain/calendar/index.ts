export * from "./dates.js";
export * from "./holidayCalendar.js";

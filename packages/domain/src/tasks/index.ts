/** Public surface of "Việc cần xử lý": task kinds, the rules that derive them, deadlines and order. */
export * from "./tasks";

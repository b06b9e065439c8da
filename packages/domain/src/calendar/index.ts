export * from "./decided-days";
export * from "./lunar-calendar";
export * from "./public-holidays";
export * from "./working-days";

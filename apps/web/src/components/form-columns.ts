/** Column spans of a two- or three-column form row; one column on a phone. */
export const half = { xs: 24, md: 12 };
export const third = { xs: 24, md: 8 };

/** Route of the "Việc cần xử lý" page (React Router path under /app). */
export const TASKS_PATH = "/app/viec-can-xu-ly";

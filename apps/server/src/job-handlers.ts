import {
  ESTABLISHMENT_IMPORT,
  establishmentImportJob,
} from "./modules/establishments/establishment-import.job";
import {
  FAIR_PARTICIPANT_IMPORT,
  participantImportJob,
} from "./modules/trade-promotion/participations/participant-import.job";
import type { JobHandlers } from "./platform/jobs/job-types";

/** Every kind of job and what runs it: any process can run any job it takes from the queue (decision 0020). */
export const jobHandlers: JobHandlers = {
  [ESTABLISHMENT_IMPORT]: establishmentImportJob,
  [FAIR_PARTICIPANT_IMPORT]: participantImportJob,
};

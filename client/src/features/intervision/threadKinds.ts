import { threadKindSchema } from '@leernetwerk/shared';

export const THREAD_KINDS = threadKindSchema.options;

/** The Excel host's messages live in the one dictionary (src/i18n/excel.ts); this keeps the host's import short. */
export { messages, type Messages, type ExcelMessages } from '../i18n/excel';

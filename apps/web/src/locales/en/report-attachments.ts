/** The files attached to a province's periodic report (issue 17 item 2). */
export const enReportAttachments = {
  reportAttachments: {
    title: "Attachments",
    hint: "The signed and stamped report, annexes, photos. Files can be added or removed only while the report is a draft or returned.",
    add: "Attach a file",
    addTitle: "Attach a file to the report",
    file: "File",
    fileHint: "PDF, Word, Excel, OpenDocument or an image (JPEG, PNG, TIFF, HEIC); at most 20 MB",
    description: "Note",
    descriptionPlaceholder: "e.g. Signed and stamped copy; Annex 2",
    uploaded: "{{name}} attached",
    empty: "No attachments yet",
    count: "{{count}}/{{max}} files",
    name: "File",
    size: "Size",
    attachedBy: "Attached by",
    attachedAt: "Attached on",
    remove: "Remove {{name}}",
    removeConfirm: "Remove this file from the report?",
    removed: "{{name}} removed",
  },
};

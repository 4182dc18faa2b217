import type { Widen } from "./widen";

/**
 * Issue #11 items 3–5: the official documents of a case, mediation and
 * reception compliance, notice posting rules. The documents' own text is the
 * statutory form's (app/modules/documents/templates.ts), Vietnamese only;
 * this catalogue holds what surrounds it.
 */
export const lawVi = {
  sections: {
    documents: {
      nav: "Văn bản chính thức",
      heading: "Văn bản của hồ sơ {{code}}",
      intro: "Thông báo, quyết định, kết luận, biên bản theo mẫu ban hành kèm theo nghị định, lập từ dữ liệu của hồ sơ. Mở văn bản để in, hoặc tải bản PDF để lưu.",
      none: "Hồ sơ chưa có văn bản nào. Văn bản có khi cơ quan thụ lý hoặc không thụ lý, gia hạn, tổ chức đối thoại, tạm đình chỉ hoặc ra quyết định, kết luận.",
      list: "Danh sách văn bản",
      document: "Văn bản",
      form: "Mẫu",
      date: "Ngày",
      open: "Xem, in",
      pdf: "Tải PDF",
      unconfirmed: "Số mẫu chưa đối chiếu được với văn bản gốc",
      print: "In văn bản",
      download: "Tải bản PDF",
      printHint: "Dùng chức năng In của trình duyệt (Ctrl+P) để in văn bản.",
      back: "Về hồ sơ {{code}}",
      toList: "Các văn bản của hồ sơ",
      names: {
        "complaint-accepted": "Thông báo thụ lý giải quyết khiếu nại",
        "complaint-refused": "Thông báo không thụ lý giải quyết khiếu nại",
        "complaint-decision-first": "Quyết định giải quyết khiếu nại lần đầu",
        "complaint-decision-second": "Quyết định giải quyết khiếu nại lần hai",
        "complaint-suspended": "Quyết định tạm đình chỉ giải quyết khiếu nại",
        "complaint-ended": "Quyết định đình chỉ giải quyết khiếu nại",
        "complaint-resumed": "Quyết định tiếp tục giải quyết khiếu nại",
        "dialogue-minutes": "Biên bản đối thoại với người khiếu nại",
        "denunciation-accepted": "Thông báo thụ lý tố cáo",
        "denunciation-extension": "Quyết định gia hạn giải quyết tố cáo",
        "denunciation-conclusion": "Kết luận nội dung tố cáo",
      },
    },
  },
} as const;

export const lawEn: Widen<typeof lawVi> = {
  sections: {
    documents: {
      nav: "Official documents",
      heading: "Documents of case {{code}}",
      intro: "Notices, decisions, conclusions and minutes in the shape of the forms annexed to the decrees, filled from the case. Open a document to print it, or download the PDF to keep it. Statutory forms are in Vietnamese.",
      none: "This case has no document yet. Documents come with acceptance or refusal, an extension, a dialogue, a suspension, a decision or a conclusion.",
      list: "Documents",
      document: "Document",
      form: "Form",
      date: "Date",
      open: "View, print",
      pdf: "Download PDF",
      unconfirmed: "Form number not checked against the decree's own text",
      print: "Print",
      download: "Download the PDF",
      printHint: "Use your browser's Print (Ctrl+P) to print the document.",
      back: "Back to case {{code}}",
      toList: "The case's documents",
      names: {
        "complaint-accepted": "Notice of acceptance of a complaint",
        "complaint-refused": "Notice of refusal to accept a complaint",
        "complaint-decision-first": "First-instance complaint decision",
        "complaint-decision-second": "Second-instance complaint decision",
        "complaint-suspended": "Decision suspending the complaint's resolution",
        "complaint-ended": "Decision ending the complaint's resolution",
        "complaint-resumed": "Decision resuming the complaint's resolution",
        "dialogue-minutes": "Minutes of the dialogue with the complainant",
        "denunciation-accepted": "Notice of acceptance of a denunciation",
        "denunciation-extension": "Decision extending the denunciation's resolution",
        "denunciation-conclusion": "Conclusion on the denunciation",
      },
    },
  },
};

import type { DocumentModel, RenderedBlock } from "~/modules/documents/compose";

/**
 * An official document (thông báo, quyết định, kết luận, biên bản) in the
 * shape of its statutory form: the two-column header (issuing office and
 * number; nation, motto, place and date), the title, the text, the
 * signatures and the form's number with its legal basis. It renders the same
 * DocumentModel the PDF is drawn from (app/modules/documents/pdf.server.ts),
 * so the printed page and the file say the same. Its text is the form's:
 * Vietnamese whatever the interface language.
 */
export function OfficialDocument({ doc }: { doc: DocumentModel }) {
  return (
    <article className="official-doc" lang="vi" aria-labelledby="official-doc-title">
      <header className="official-doc-head">
        <div>
          {doc.superior ? <p>{doc.superior}</p> : null}
          <p className="official-doc-issuer">{doc.issuer}</p>
          {doc.number ? <p className="official-doc-number">{doc.number}</p> : null}
        </div>
        <div>
          <p className="official-doc-nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="official-doc-motto">Độc lập - Tự do - Hạnh phúc</p>
          <p className="official-doc-date">{doc.placeDate}</p>
        </div>
      </header>
      <h1 id="official-doc-title" className="official-doc-title">
        <span>{doc.heading}</span>
        <span className="official-doc-subtitle">{doc.subheading}</span>
      </h1>
      {doc.authority ? <p className="official-doc-authority">{doc.authority}</p> : null}
      {doc.to ? <p className="official-doc-to">Kính gửi: {doc.to}</p> : null}
      {doc.preamble.map((line, i) => (
        <p key={i} className="official-doc-preamble">
          {line}
        </p>
      ))}
      <Blocks blocks={doc.blocks} doc={doc} />
      {doc.articles ? (
        <>
          <p className="official-doc-decides">QUYẾT ĐỊNH:</p>
          <Blocks blocks={doc.articles} doc={doc} />
        </>
      ) : null}
      <footer className={doc.recipients.length ? "official-doc-sign" : "official-doc-sign official-doc-sign-grid"}>
        {doc.recipients.length ? (
          <div className="official-doc-recipients">
            <p>
              <strong>
                <em>Nơi nhận:</em>
              </strong>
            </p>
            <ul>
              {doc.recipients.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {doc.signatures.map((s) => (
          <div key={s.title} className="official-doc-signature">
            <p className="official-doc-signer">{s.title}</p>
            <p className="official-doc-note">{s.note}</p>
            <p className="official-doc-name">{s.name}</p>
          </div>
        ))}
      </footer>
      <p className="official-doc-form">{doc.footer}</p>
    </article>
  );
}

function Blocks({ blocks, doc }: { blocks: RenderedBlock[]; doc: DocumentModel }) {
  return (
    <>
      {blocks.map((b, i) => {
        switch (b.kind) {
          case "p":
            return (
              <p key={i} className="official-doc-p">
                {b.text}
              </p>
            );
          case "section":
            return (
              <h2 key={i} className="official-doc-section">
                {b.text}
              </h2>
            );
          case "article":
            return (
              <p key={i} className="official-doc-p">
                <strong>{b.label}</strong> {b.text}
              </p>
            );
          case "fields":
            return (
              <dl key={i} className="official-doc-fields">
                {b.rows.map((r) => (
                  <div key={r.label}>
                    <dt>{r.label}:</dt> <dd>{r.value}</dd>
                  </div>
                ))}
              </dl>
            );
          case "participants":
            return (
              <ol key={i} className="official-doc-participants">
                {doc.participants.length ? (
                  doc.participants.map((p) => (
                    <li key={`${p.name}-${p.role}`}>
                      Ông (bà) {p.name}
                      {[p.role, p.organisation, p.presence].filter(Boolean).length ? ` — ${[p.role, p.organisation, p.presence].filter(Boolean).join(", ")}` : ""}.
                    </li>
                  ))
                ) : (
                  <li>(không có)</li>
                )}
              </ol>
            );
        }
      })}
    </>
  );
}

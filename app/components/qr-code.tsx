import type { QrPicture } from "~/modules/cases/qr.server";

/** A QR code drawn by the server (qrPicture), with its meaning as the image's name. */
export function QrCode({ picture, label, className }: { picture: QrPicture; label: string; className?: string }) {
  return (
    <svg
      viewBox={`0 0 ${picture.size} ${picture.size}`}
      role="img"
      aria-label={label}
      className={["qr-code", className].filter(Boolean).join(" ")}
      shapeRendering="crispEdges"
    >
      <rect width={picture.size} height={picture.size} fill="#fff" />
      <path d={picture.path} fill="#000" />
    </svg>
  );
}

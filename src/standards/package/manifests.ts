/**
 * Package manifests: SCORM 1.2 and 2004 4th edition `imsmanifest.xml` (one SCO per module, no
 * mastery score: the app decides pass/fail, DESIGN §5) and cmi5 `cmi5.xml` (one AU per module).
 * Launch URLs are relative and carry the module in the query, not the hash, so an LMS that appends
 * its own query parameters (cmi5 does) cannot break them.
 */
import { iri, XAPI_BASE } from '../xapi/profile';

export type PackageFormat = 'cmi5' | 'scorm12' | 'scorm2004';
export type PackageModule = {
  id: string;
  title: { es: string; en: string };
  summary: { es: string; en: string };
};
export type PackageInfo = {
  id: string;
  title: { es: string; en: string };
  modules: PackageModule[];
};

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The app's launch URL for a module, relative to the package root. */
export const launchHref = (format: PackageFormat, moduleId: string) =>
  `index.html?${format === 'cmi5' ? 'au' : 'lms'}=${encodeURIComponent(moduleId)}`;

export function scorm12Manifest(p: PackageInfo, files: readonly string[]): string {
  const items = p.modules
    .map(
      (m) => `      <item identifier="item-${esc(m.id)}" identifierref="sco-${esc(m.id)}">
        <title>${esc(m.title.es)} / ${esc(m.title.en)}</title>
      </item>`,
    )
    .join('\n');
  const resources = p.modules
    .map(
      (
        m,
        i,
      ) => `    <resource identifier="sco-${esc(m.id)}" type="webcontent" adlcp:scormtype="sco" href="${esc(launchHref('scorm12', m.id))}">
${i === 0 ? files.map((f) => `      <file href="${esc(f)}"/>`).join('\n') : '      <dependency identifierref="sco-' + esc(p.modules[0]!.id) + '"/>'}
    </resource>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${esc(p.id)}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${esc(p.title.es)} / ${esc(p.title.en)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
  </resources>
</manifest>
`;
}

export function scorm2004Manifest(p: PackageInfo, files: readonly string[]): string {
  const items = p.modules
    .map(
      (m) => `      <item identifier="item-${esc(m.id)}" identifierref="sco-${esc(m.id)}">
        <title>${esc(m.title.es)} / ${esc(m.title.en)}</title>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`,
    )
    .join('\n');
  const resources = p.modules
    .map(
      (
        m,
        i,
      ) => `    <resource identifier="sco-${esc(m.id)}" type="webcontent" adlcp:scormType="sco" href="${esc(launchHref('scorm2004', m.id))}">
${i === 0 ? files.map((f) => `      <file href="${esc(f)}"/>`).join('\n') : '      <dependency identifierref="sco-' + esc(p.modules[0]!.id) + '"/>'}
    </resource>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${esc(p.id)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${esc(p.title.es)} / ${esc(p.title.en)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
  </resources>
</manifest>
`;
}

const langstrings = (t: { es: string; en: string }) =>
  `<langstring lang="es-MX">${esc(t.es)}</langstring><langstring lang="en-US">${esc(t.en)}</langstring>`;

export function cmi5Manifest(p: PackageInfo): string {
  const aus = p.modules
    .map(
      (
        m,
      ) => `  <au id="${esc(iri.module(m.id))}" moveOn="CompletedAndPassed" launchMethod="AnyWindow">
    <title>${langstrings(m.title)}</title>
    <description>${langstrings(m.summary)}</description>
    <url>${esc(launchHref('cmi5', m.id))}</url>
  </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${esc(`${XAPI_BASE}/courses/${p.id}`)}">
    <title>${langstrings(p.title)}</title>
    <description>${langstrings(p.title)}</description>
  </course>
${aus}
</courseStructure>
`;
}

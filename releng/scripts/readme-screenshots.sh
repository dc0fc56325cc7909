#!/usr/bin/env bash
# Retakes the screenshots the README shows, from the built product archive under a virtual display:
#   releng/docs/images/workbench.png   the workbench as it starts
#   releng/docs/images/editor.png      the map editor with the B2C sample map, as the product opens it
#   releng/docs/images/editor-overview.png  the whole B2C map, editor maximized and zoomed to fit
#   releng/docs/images/emotion-curves.png   the B2C emotion lane: two personas, as-is and to-be curves, the legend
#   releng/docs/images/export-pdf-page.png  the B2C map exported as PDF, the page rendered by poppler's pdftoppm
#   releng/docs/images/welcome.png          the Welcome page (taken by the workbench's UI test WelcomePageTest)
#   releng/docs/images/evidence-backed-map.png  a map built from nothing (EvidenceBackedMapFromScratchTest)
# Build the product first (./cjmstudio build).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
archive="$root/releng/org.cjmstudio.product/target/products/org.cjmstudio.product-linux.gtk.x86_64.tar.gz"
[ -f "$archive" ] || { echo "readme-screenshots: no product archive; run ./cjmstudio build first" >&2; exit 2; }
"$root/releng/scripts/product-smoke.sh" "$archive" "$root/releng/docs/images/workbench.png"
"$root/releng/scripts/product-smoke.sh" "$archive" "$root/releng/docs/images/editor.png" -openSample
# The whole map at a glance: the map editor's UI test maximizes the editor, zooms to fit and captures it.
xvfb-run -a -s "-screen 0 1280x1024x24" "$root/cjmstudio" test -q -pl targetplatform,bundles/org.cjmstudio.model,\
bundles/org.cjmstudio.model.edit,bundles/org.cjmstudio.edit.ui,bundles/org.cjmstudio.samples,\
bundles/org.cjmstudio.gef.compat,bundles/org.cjmstudio.gef.compat.workbench,bundles/org.cjmstudio.diagram,\
bundles/org.cjmstudio.rdf,bundles/org.cjmstudio.app,bundles/org.cjmstudio.testing,features/org.cjmstudio.feature,\
features/org.cjmstudio.runtime.feature,bundles/org.cjmstudio.diagram.tests \
  -Dtest=OpenSampleMapsTest,EmotionCurvesTest,ExportMapForPeopleTest
output="$root/bundles/org.cjmstudio.diagram.tests/target/test-output"
cp "$output/editor-overview-b2c_online_shop.png" "$root/releng/docs/images/editor-overview.png"
cp "$output/emotion-curves-b2c_online_shop.png" "$root/releng/docs/images/emotion-curves.png"
cp "$output/export-pdf-page-b2c_online_shop.png" "$root/releng/docs/images/export-pdf-page.png"
xvfb-run -a -s "-screen 0 1280x1024x24" "$root/cjmstudio" test -q -pl targetplatform,bundles/org.cjmstudio.model,\
bundles/org.cjmstudio.samples,bundles/org.cjmstudio.app,bundles/org.cjmstudio.testing,features/org.cjmstudio.feature,\
features/org.cjmstudio.runtime.feature,bundles/org.cjmstudio.app.tests -am -Dtest=WelcomePageTest \
  -Dsurefire.failIfNoSpecifiedTests=false
cp "$root/bundles/org.cjmstudio.app.tests/target/test-output/welcome.png" "$root/releng/docs/images/welcome.png"
xvfb-run -a -s "-screen 0 1280x1024x24" "$root/cjmstudio" test -q -pl features/org.cjmstudio.feature,\
features/org.cjmstudio.runtime.feature,bundles/org.cjmstudio.research.ui.tests -am \
  -Dtest=EvidenceBackedMapFromScratchTest -Dsurefire.failIfNoSpecifiedTests=false
cp "$root/bundles/org.cjmstudio.research.ui.tests/target/test-output/evidence-backed-map.png" \
  "$root/releng/docs/images/evidence-backed-map.png"

#include "PrintPreview.h"

#include "DocumentRenderer.h"
#include "MessageBox.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Masar {

namespace {

PrintPreview::Handler& handler()
{
    static PrintPreview::Handler instead;
    return instead;
}

} // namespace

bool PrintPreview::show(QWidget* parent, DocumentRenderer& renderer)
{
    if (handler()) {
        return handler()(renderer);
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(DocumentRenderer::defaultPageLayout());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.resize(900, 1000);
    // The preview paints on screen, then on the printer once the user prints:
    // a failure to paint on the printer means nothing was printed, and is said.
    Status painted;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&renderer, &painted](QPrinter* target) { painted = renderer.paint(target).status(); });
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (printed && !painted.ok()) {
        MessageBox::warning(parent, QCoreApplication::translate("Masar::PrintPreview", "Print"),
                            painted.message());
        return false;
    }
    return printed;
}

void PrintPreview::setHandler(Handler instead)
{
    handler() = std::move(instead);
}

} // namespace Masar

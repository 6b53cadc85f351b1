#include "PrintPreview.h"

#include "DocumentRenderer.h"

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
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&renderer](QPrinter* target) { renderer.paint(target); });
    return dialog.exec() == QDialog::Accepted;
}

void PrintPreview::setHandler(Handler instead)
{
    handler() = std::move(instead);
}

} // namespace Masar

#pragma once

#include <functional>

class QWidget;

namespace Masar {

class DocumentRenderer;

// The print preview, through which the user prints: a stack-allocated
// QPrintPreviewDialog painting the document. Tests replace it so that no
// modal dialog blocks them.
class PrintPreview
{
public:
    // Returns true when the user printed from the preview; false when they
    // closed it, or when the printer could not be painted on (said in a box).
    static bool show(QWidget* parent, DocumentRenderer& renderer);

    using Handler = std::function<bool(DocumentRenderer& renderer)>;
    // Until reset with an empty handler, show() calls this instead.
    static void setHandler(Handler handler);
};

} // namespace Masar

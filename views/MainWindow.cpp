#include "MainWindow.h"

#include "LanguageManager.h"
#include "LanguageMenu.h"
#include "MessageBox.h"
#include "PreferencesDialog.h"
#include "WorkflowPanel.h"
#include "core/Clock.h"
#include "core/LocaleText.h"
#include "services/RequestReader.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Masar {

MainWindow::MainWindow(Database& database, const User& user, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_user(user)
    , m_clock(clock)
    , m_fileMenu(menuBar()->addMenu(QString()))
    , m_settingsMenu(menuBar()->addMenu(QString()))
    , m_languageMenu(new LanguageMenu(this))
    , m_helpMenu(menuBar()->addMenu(QString()))
    , m_quitAction(new QAction(this))
    , m_preferencesAction(new QAction(this))
    , m_aboutAction(new QAction(this))
    , m_titleLabel(new QLabel(this))
    , m_todayLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_workflowPanel(new WorkflowPanel(this))
    , m_userLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_todayLabel->setObjectName(QStringLiteral("todayLabel"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));

    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_fileMenu->addAction(m_quitAction);
    m_settingsMenu->addMenu(m_languageMenu);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_settingsMenu->addAction(m_preferencesAction);
    m_helpMenu->addAction(m_aboutAction);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_summaryLabel->setWordWrap(true);

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto* layout = new QVBoxLayout(central);
    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_todayLabel);
    layout->addLayout(header);
    layout->addWidget(m_summaryLabel);
    layout->addSpacing(8);
    layout->addWidget(m_workflowPanel, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    setWindowIcon(QIcon(QStringLiteral(":/icons/masar.svg")));
    refresh();
    retranslateUi();
    resize(1100, 720);
}

void MainWindow::refresh()
{
    const RequestReader reader(m_database);
    m_error.clear();
    auto count = [&](const RequestFilter& filter) {
        const Result<int> n = reader.count(filter);
        if (!n) {
            m_error = n.error().message();
        }
        return n ? *n : 0;
    };
    RequestFilter filter;
    filter.direction = Direction::Incoming;
    m_incoming = count(filter);
    filter.direction = Direction::Outgoing;
    m_outgoing = count(filter);
    filter.direction.reset();
    filter.openOnly = true;
    m_open = count(filter);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Masar — mutual legal assistance requests"));
    m_fileMenu->setTitle(tr("&File"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Masar…"));
    m_titleLabel->setText(tr("Requests for mutual legal assistance in criminal matters"));
    m_todayLabel->setText(LanguageManager::instance().date(m_clock.today()));
    const QLocale locale;
    //: %1 is "N incoming requests", %2 "N outgoing requests", %3 "N still open".
    const QString summary
        = tr("The register holds %1 and %2, %3.")
              .arg(tr("%Ln incoming request(s)", nullptr, m_incoming),
                   tr("%Ln outgoing request(s)", nullptr, m_outgoing), tr("%Ln still open", nullptr, m_open));
    m_summaryLabel->setText(m_error.isEmpty() ? summary : m_error);
    m_userLabel->setText(
        tr("Signed in as %1 (%2)").arg(LocaleText::isolated(m_user.name), labelOf(m_user.role)));
    m_databaseLabel->setText(tr("Database: %1 (schema %2)")
                                 .arg(LocaleText::isolated(QDir::toNativeSeparators(m_database.path())),
                                      locale.toString(m_database.schemaVersion())));
}

void MainWindow::showPreferences()
{
    // Window-modal, not blocking: it applies its choices itself when accepted.
    auto* dialog = new PreferencesDialog(m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    MessageBox::about(
        this, tr("About Masar"),
        tr("<h3>Masar %1</h3><p>Tracks requests for mutual legal assistance in criminal matters, "
           "incoming and outgoing, from the day a request arrives to the day it closes.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(MASAR_VERSION)));
}

} // namespace Masar

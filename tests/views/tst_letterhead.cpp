// Settings ▸ Letterhead, driven as an administrator would, by object names,
// offscreen: the lines of each language typed and a logo chosen through the
// file dialog seam, saved on OK and nothing on Cancel; refusals shown through
// the message box seam with the form kept open; the Arabic fields right to
// left whatever the interface's language, which may change while it is open;
// and nobody but an administrator opens it.
#include "FileDialog.h"
#include "LanguageManager.h"
#include "LetterheadDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ObjectName.h"
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "services/LetterheadStore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

QString str(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Types text into a field key by key, Arabic included (QTest::keyClicks takes Latin-1 only).
void type(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QByteArray emblem()
{
    QFile file(DemoData::logoResource());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QPushButton* button(QDialog* dialog, QDialogButtonBox::StandardButton which)
{
    return dialog->findChild<QDialogButtonBox*>(QStringLiteral("formButtonBox"))->button(which);
}

template<typename T>
T* child(QWidget* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found) {
        qWarning("no %s", qPrintable(name));
    }
    return found;
}

} // namespace

class TestLetterheadDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typesTheLinesChoosesALogoAndSaves();
    void cancelSavesNothing();
    void showsTheStoredLetterheadAndRemovesTheLogo();
    void showsARefusalAndKeepsTheForm();
    void refusesAFileThatIsNoLogo();
    void arabicFieldsStayRightToLeftInEveryLanguage();
    void isOnlyForAdministrators();

private:
    // Opens Settings ▸ Letterhead in the window.
    LetterheadDialog* openDialog(MainWindow& window);
    QString writeFile(const char* name, const QByteArray& bytes);

    std::unique_ptr<TestDatabase> m_db;
};

void TestLetterheadDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    LanguageManager::instance().start(QStringLiteral("en"));
}

void TestLetterheadDialog::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
}

void TestLetterheadDialog::cleanup()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    m_db.reset();
}

LetterheadDialog* TestLetterheadDialog::openDialog(MainWindow& window)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("letterheadAction"));
    if (!action || !action->isVisible() || !action->isEnabled()) {
        return nullptr;
    }
    action->trigger();
    auto* dialog = window.findChild<LetterheadDialog*>(QStringLiteral("letterheadDialog"));
    if (dialog && !QTest::qWaitFor([dialog]() { return dialog->isVisible(); })) {
        return nullptr;
    }
    return dialog;
}

QString TestLetterheadDialog::writeFile(const char* name, const QByteArray& bytes)
{
    const QString path = m_db->folder() + QLatin1Char('/') + QLatin1String(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return QString();
    }
    return path;
}

void TestLetterheadDialog::typesTheLinesChoosesALogoAndSaves()
{
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    window.show();
    LetterheadDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Letterhead"));
    auto* preview = child<QLabel>(dialog, QStringLiteral("logoPreviewLabel"));
    auto* info = child<QLabel>(dialog, QStringLiteral("logoInfoLabel"));
    auto* remove = child<QPushButton>(dialog, QStringLiteral("removeLogoButton"));
    QVERIFY(preview && info && remove);
    QVERIFY(preview->pixmap().isNull());
    QVERIFY(!remove->isEnabled());
    QCOMPARE(info->text(), QStringLiteral("No logo: documents are printed without one."));
    for (const char* language : {"ar", "fr", "en"}) {
        auto* ministry = child<QLineEdit>(
            dialog, ObjectName::of(QStringLiteral("ministryEdit"), QLatin1String(language)));
        QVERIFY(ministry && ministry->text().isEmpty());
    }

    type(child<QLineEdit>(dialog, QStringLiteral("ministryEditAr")), str("وزارة العدل"));
    type(child<QLineEdit>(dialog, QStringLiteral("departmentEditAr")),
         str("السلطة المركزية للتعاون القضائي الدولي"));
    type(child<QLineEdit>(dialog, QStringLiteral("ministryEditFr")), str("Ministère de la Justice "));
    type(child<QLineEdit>(dialog, QStringLiteral("ministryEditEn")), str("Ministry of Justice"));
    const QString logo = writeFile("emblem.png", emblem());
    QVERIFY(!logo.isEmpty());
    FileDialog::setNextPath(logo);
    child<QPushButton>(dialog, QStringLiteral("chooseLogoButton"))->click();
    QVERIFY(!preview->pixmap().isNull());
    QVERIFY(preview->pixmap().width() <= 96 && preview->pixmap().height() <= 96);
    QVERIFY2(info->text().startsWith(QLatin1String("PNG image, 8")), qPrintable(info->text()));
    QVERIFY(remove->isEnabled());
    // Nothing is saved before OK.
    QVERIFY(LetterheadStore(m_db->db()).read()->isEmpty());

    button(dialog, QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!dialog->isVisible());
    Result<Letterhead> saved = LetterheadStore(m_db->db()).read();
    QVERIFY(saved);
    Letterhead expected;
    expected.lines.insert(QStringLiteral("ar"),
                          {str("وزارة العدل"), str("السلطة المركزية للتعاون القضائي الدولي")});
    expected.lines.insert(QStringLiteral("fr"), {str("Ministère de la Justice"), QString()});
    expected.lines.insert(QStringLiteral("en"), {str("Ministry of Justice"), QString()});
    expected.logo = emblem();
    expected.logoMediaType = QStringLiteral("image/png");
    QCOMPARE(*saved, expected);
}

void TestLetterheadDialog::cancelSavesNothing()
{
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    window.show();
    LetterheadDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    type(child<QLineEdit>(dialog, QStringLiteral("ministryEditFr")), str("Ministère de la Justice"));
    FileDialog::setNextPath(writeFile("emblem.png", emblem()));
    child<QPushButton>(dialog, QStringLiteral("chooseLogoButton"))->click();
    QVERIFY(!dialog->letterhead().logo.isEmpty());
    button(dialog, QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(LetterheadStore(m_db->db()).read()->isEmpty());
    QCOMPARE(m_db->rows(QStringLiteral("letterhead_lines")), 0);
    QCOMPARE(m_db->rows(QStringLiteral("letterhead_logo")), 0);
}

void TestLetterheadDialog::showsTheStoredLetterheadAndRemovesTheLogo()
{
    Result<bool> set
        = DemoData::setLetterhead(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    QVERIFY2(set && *set, set ? "" : qPrintable(set.error().fullText()));
    const Letterhead demo = *DemoData::letterhead();
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    window.show();
    LetterheadDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("ministryEditAr"))->text(), str("وزارة العدل"));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("departmentEditFr"))->text(),
             str("Autorité centrale pour l'entraide judiciaire"));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("departmentEditEn"))->text(),
             str("Central authority for mutual legal assistance"));
    QCOMPARE(dialog->letterhead(), demo);
    auto* preview = child<QLabel>(dialog, QStringLiteral("logoPreviewLabel"));
    QVERIFY(!preview->pixmap().isNull());

    auto* remove = child<QPushButton>(dialog, QStringLiteral("removeLogoButton"));
    remove->click();
    QVERIFY(preview->pixmap().isNull());
    QVERIFY(!remove->isEnabled());
    button(dialog, QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!dialog->isVisible());
    Letterhead expected = demo;
    expected.logo.clear();
    expected.logoMediaType.clear();
    QCOMPARE(*LetterheadStore(m_db->db()).read(), expected);
    QCOMPARE(m_db->rows(QStringLiteral("letterhead_logo")), 0);
}

void TestLetterheadDialog::showsARefusalAndKeepsTheForm()
{
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    window.show();
    LetterheadDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    // A department with no ministry above it.
    type(child<QLineEdit>(dialog, QStringLiteral("departmentEditEn")),
         str("Central authority for mutual legal assistance"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    button(dialog, QDialogButtonBox::Ok)->click();
    QVERIFY2(MessageBox::lastText().contains(
                 QLatin1String("department's line in English needs the ministry's name")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("departmentEditEn"))->text(),
             str("Central authority for mutual legal assistance"));
    QVERIFY(LetterheadStore(m_db->db()).read()->isEmpty());

    // Put right, it is saved.
    type(child<QLineEdit>(dialog, QStringLiteral("ministryEditEn")), str("Ministry of Justice"));
    button(dialog, QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(LetterheadStore(m_db->db()).read()->linesIn(QStringLiteral("en")).ministry,
             str("Ministry of Justice"));
}

void TestLetterheadDialog::refusesAFileThatIsNoLogo()
{
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    window.show();
    LetterheadDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    FileDialog::setNextPath(writeFile("emblem.png", emblem()));
    child<QPushButton>(dialog, QStringLiteral("chooseLogoButton"))->click();
    const QPixmap before = child<QLabel>(dialog, QStringLiteral("logoPreviewLabel"))->pixmap();
    QVERIFY(!before.isNull());

    FileDialog::setNextPath(writeFile("emblem.gif", QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14)));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QPushButton>(dialog, QStringLiteral("chooseLogoButton"))->click();
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("not a PNG or JPEG image")),
             qPrintable(MessageBox::lastText()));
    // The logo chosen before stays.
    QCOMPARE(dialog->letterhead().logo, emblem());
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("logoPreviewLabel"))->pixmap().cacheKey(),
             before.cacheKey());

    // Cancelled: nothing changes.
    FileDialog::setNextPath(QString());
    child<QPushButton>(dialog, QStringLiteral("chooseLogoButton"))->click();
    QCOMPARE(dialog->letterhead().logo, emblem());
}

void TestLetterheadDialog::arabicFieldsStayRightToLeftInEveryLanguage()
{
    LetterheadDialog dialog(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    dialog.show();
    const auto direction = [&dialog](const char* name) {
        return dialog.findChild<QLineEdit*>(QLatin1String(name))->layoutDirection();
    };
    FileDialog::setNextPath(writeFile("emblem.png", emblem()));
    dialog.findChild<QPushButton*>(QStringLiteral("chooseLogoButton"))->click();
    auto* info = dialog.findChild<QLabel*>(QStringLiteral("logoInfoLabel"));
    auto* cancel = button(&dialog, QDialogButtonBox::Cancel);
    QCOMPARE(info->text(), QStringLiteral("PNG image, 8.4 kB"));
    QCOMPARE(dialog.layoutDirection(), Qt::LeftToRight);
    QCOMPARE(direction("ministryEditAr"), Qt::RightToLeft);
    QCOMPARE(direction("departmentEditAr"), Qt::RightToLeft);
    QCOMPARE(direction("ministryEditFr"), Qt::LeftToRight);

    // Retranslated while open: numbers the French way.
    LanguageManager::instance().setLanguage(QStringLiteral("fr"));
    QTRY_COMPARE(cancel->text(), QStringLiteral("Annuler"));
    QTRY_VERIFY2(info->text().contains(QLatin1String("8,4")), qPrintable(info->text()));
    QCOMPARE(direction("ministryEditAr"), Qt::RightToLeft);

    // The interface right to left; the French and English fields are not.
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
    QTRY_COMPARE(dialog.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(direction("ministryEditAr"), Qt::RightToLeft);
    QCOMPARE(direction("departmentEditAr"), Qt::RightToLeft);
    QCOMPARE(direction("ministryEditFr"), Qt::LeftToRight);
    QCOMPARE(direction("departmentEditEn"), Qt::LeftToRight);
    QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("logoGroup"))->layoutDirection() == Qt::RightToLeft);

    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(dialog.layoutDirection(), Qt::LeftToRight);
    QTRY_COMPARE(info->text(), QStringLiteral("PNG image, 8.4 kB"));
    QCOMPARE(direction("ministryEditAr"), Qt::RightToLeft);
}

void TestLetterheadDialog::isOnlyForAdministrators()
{
    for (const char* name : {"officer", "supervisor", "clerk"}) {
        MainWindow window(m_db->db(), m_db->user(QLatin1String(name)), m_db->clock());
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("letterheadAction"));
        QVERIFY(action);
        QVERIFY(!action->isVisible());
        QVERIFY(!action->isEnabled());
        action->trigger();
        QVERIFY(!window.findChild<LetterheadDialog*>());
    }
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    auto* action = window.findChild<QAction*>(QStringLiteral("letterheadAction"));
    QVERIFY(action->isVisible() && action->isEnabled());
    QCOMPARE(action->text(), str("Letter&head…"));
}

QTEST_MAIN(TestLetterheadDialog)
#include "tst_letterhead.moc"

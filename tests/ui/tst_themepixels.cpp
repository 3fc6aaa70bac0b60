#include "appsettings.h"
#include "clock.h"
#include "database.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "sessionpage.h"
#include "store.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include "keyboard.h"

namespace {

// The colour most of the pixels in rect have: what the text sits on.
QColor backgroundOf(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb most = 0;
    int best = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            most = it.key();
        }
    }
    return QColor::fromRgb(most);
}

// The contrast of the strongest ink in rect against its background: for
// rendered text, the colour of its stems.
qreal inkContrast(const QImage &image, const QRect &rect)
{
    const QRect inside = rect.intersected(image.rect());
    if (inside.isEmpty())
        return 21;
    const QColor background = backgroundOf(image, inside);
    qreal best = 1;
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            best = std::max(best, Theme::contrast(QColor::fromRgb(image.pixel(x, y)), background));
    }
    return best;
}

QString themeName(AppSettings::Theme theme)
{
    switch (theme) {
    case AppSettings::Theme::System:
        return QStringLiteral("system");
    case AppSettings::Theme::Light:
        return QStringLiteral("light");
    case AppSettings::Theme::Dark:
        return QStringLiteral("dark");
    case AppSettings::Theme::HighContrast:
        return QStringLiteral("high contrast");
    }
    return {};
}

class NoDialogs : public Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
};

} // namespace

// What a room sees on the real pages, measured on rendered pixels in every
// theme: text reads at 4.5:1 (selected rows, placeholders and late dates
// included), and the control with the keyboard focus has a ring at least
// 2 px wide that differs 3:1 from how it looks without the focus.
class TestThemePixels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;

    void openSession(AppSettings::Theme theme)
    {
        Theme::installFocusRing(qApp);
        Theme::apply(qApp, theme, false);
        const qint64 id = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        QVector<qint64> people;
        for (const QString &name : {QStringLiteral("Dana"), QStringLiteral("Lee")}) {
            Participant participant;
            participant.sessionId = id;
            participant.name = name;
            people << m_store->addParticipant(participant);
        }
        Concern concern;
        concern.sessionId = id;
        concern.summary = QStringLiteral("Review takes longer than planned");
        concern.speakerId = people.first();
        concern.handsRaised = 1;
        const qint64 concernId = m_store->recordConcern(concern, {1, people.last(), false});
        ActionItem late;
        late.sessionId = id;
        late.concernId = concernId;
        late.text = QStringLiteral("Submit early");
        late.dueDate = QDate(2020, 1, 6);
        m_store->addAction(late);
        m_window = std::make_unique<MainWindow>(m_store.get(), QString());
        m_window->setDialogs(std::make_unique<NoDialogs>());
        m_window->setClock(m_clock.get());
        QVERIFY(Keyboard::showActive(m_window.get(), QSize(1400, 900)));
        Keyboard::press(Qt::Key_Return);
        QVERIFY(m_window->sessionPage());
    }

    // Every label, cell and field with text on the page shown, as rendered.
    QStringList faintText(const QString &where)
    {
        QStringList faint;
        const QImage shot = m_window->grab().toImage();
        const auto check = [&](const QRect &rect, const QString &what) {
            const qreal ratio = inkContrast(shot, rect);
            if (ratio < 4.5)
                faint << QStringLiteral("%1: %2 at %3:1").arg(where, what).arg(ratio, 0, 'f', 2);
        };
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().trimmed().isEmpty() ||
                label->window() != m_window.get())
                continue;
            check(QRect(label->mapTo(m_window.get(), QPoint()), label->size()),
                  QStringLiteral("label “%1”").arg(label->text().left(30)));
        }
        for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || !view->model())
                continue;
            QAbstractItemModel *model = view->model();
            for (int row = 0; row < std::min(model->rowCount(), 6); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    const QRect cell = view->visualRect(index);
                    if (cell.isEmpty() || index.data().toString().isEmpty())
                        continue;
                    check(
                        QRect(view->viewport()->mapTo(m_window.get(), cell.topLeft()), cell.size())
                            .adjusted(2, 2, -2, -2),
                        QStringLiteral("cell “%1”").arg(index.data().toString().left(30)));
                }
            }
        }
        for (QLineEdit *field : m_window->findChildren<QLineEdit *>()) {
            if (!field->isVisible() ||
                (field->text().isEmpty() && field->placeholderText().isEmpty()))
                continue;
            check(
                QRect(field->mapTo(m_window.get(), QPoint()), field->size()).adjusted(3, 3, -3, -3),
                QStringLiteral("field “%1”")
                    .arg(field->text().isEmpty() ? field->placeholderText().left(30)
                                                 : field->text().left(30)));
        }
        return faint;
    }

    // The focus indication of widget: how many pixels deep, at the middle
    // of each side, the focused picture differs 3:1 from the unfocused one.
    QStringList weakFocus(QWidget *widget, const QString &where)
    {
        QStringList weak;
        QWidget *elsewhere = nullptr;
        for (QWidget *candidate : m_window->findChildren<QWidget *>()) {
            if (candidate != widget && candidate->isVisible() &&
                (candidate->focusPolicy() & Qt::TabFocus) && !widget->isAncestorOf(candidate) &&
                !candidate->isAncestorOf(widget) &&
                !QRect(candidate->mapTo(m_window.get(), QPoint()), candidate->size())
                     .adjusted(-8, -8, 8, 8)
                     .intersects(QRect(widget->mapTo(m_window.get(), QPoint()), widget->size())
                                     .adjusted(-8, -8, 8, 8))) {
                elsewhere = candidate;
                break;
            }
        }
        if (!elsewhere)
            return weak;
        elsewhere->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        const QImage without = m_window->grab().toImage();
        widget->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        const QImage with = m_window->grab().toImage();
        const QRect rect(widget->mapTo(m_window.get(), QPoint()), widget->size());
        const QPoint middle = rect.center();
        struct Side
        {
            QString name;
            QPoint start;
            QPoint step;
        };
        const int reach = 6;
        const QList<Side> sides = {
            {QStringLiteral("left"), QPoint(rect.left() - reach, middle.y()), QPoint(1, 0)},
            {QStringLiteral("right"), QPoint(rect.right() + reach, middle.y()), QPoint(-1, 0)},
            {QStringLiteral("top"), QPoint(middle.x(), rect.top() - reach), QPoint(0, 1)},
            {QStringLiteral("bottom"), QPoint(middle.x(), rect.bottom() + reach), QPoint(0, -1)},
        };
        for (const Side &side : sides) {
            int depth = 0;
            for (int i = 0; i <= 2 * reach; ++i) {
                const QPoint at = side.start + side.step * i;
                if (!with.rect().contains(at))
                    continue;
                if (Theme::contrast(with.pixelColor(at), without.pixelColor(at)) >= 3.0)
                    ++depth;
            }
            if (depth < 2)
                weak << QStringLiteral("%1: %2's %3 side changes %4 px at 3:1")
                            .arg(where,
                                 QString::fromLatin1(widget->metaObject()->className()) +
                                     QLatin1Char(' ') + widget->accessibleName(),
                                 side.name)
                            .arg(depth);
        }
        return weak;
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path = m_dir.filePath(QStringLiteral("pixels-%1.sqlite").arg(++fileNumber));
        QVERIFY(Database::open(path).ok());
        m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_clock.reset();
        Database::close();
        Theme::apply(qApp, AppSettings::Theme::System, false);
    }

    void everyTheme_data()
    {
        QTest::addColumn<int>("theme");
        for (AppSettings::Theme theme :
             {AppSettings::Theme::System, AppSettings::Theme::Light, AppSettings::Theme::Dark,
              AppSettings::Theme::HighContrast})
            QTest::newRow(qPrintable(themeName(theme))) << int(theme);
    }

    void textReadsOnEveryPage_data() { everyTheme_data(); }
    void textReadsOnEveryPage()
    {
        QFETCH(int, theme);
        openSession(AppSettings::Theme(theme));
        QStringList faint;
        for (Phase phase : {Phase::Setup, Phase::Scene, Phase::Writing, Phase::Sharing,
                            Phase::Ranked, Phase::Discussion, Phase::Actions}) {
            m_window->sessionPage()->showPhase(phase);
            QCoreApplication::processEvents();
            // A selected row reads too.
            for (QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
                if (view->isVisible() && view->model() && view->model()->rowCount() > 0)
                    view->setCurrentIndex(view->model()->index(0, 0));
            }
            Keyboard::saveScreenshot(m_window.get(), QStringLiteral("pixels-%1-%2")
                                                         .arg(themeName(AppSettings::Theme(theme)),
                                                              Domain::phaseName(phase)));
            faint += faintText(Domain::phaseName(phase));
        }
        Keyboard::press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        faint += faintText(QStringLiteral("follow-up"));
        QVERIFY2(faint.isEmpty(), qPrintable(faint.join(QLatin1Char('\n'))));
    }

    void focusShowsOnEveryControl_data() { everyTheme_data(); }
    void focusShowsOnEveryControl()
    {
        QFETCH(int, theme);
        openSession(AppSettings::Theme(theme));
        QStringList weak;
        for (Phase phase :
             {Phase::Setup, Phase::Scene, Phase::Sharing, Phase::Discussion, Phase::Actions}) {
            m_window->sessionPage()->showPhase(phase);
            QCoreApplication::processEvents();
            QWidget *page = m_window->sessionPage()->pageFor(phase);
            QSet<QByteArray> kinds;
            for (QWidget *widget : page->findChildren<QWidget *>()) {
                const QByteArray kind = widget->metaObject()->className();
                // One of each kind of control on each page is enough.
                // A field inside a control is measured as the control.
                const bool insideAControl =
                    widget->focusProxy() ||
                    (widget->parentWidget() && widget->parentWidget()->focusProxy() == widget);
                if (!widget->isVisible() || !widget->isEnabled() || insideAControl ||
                    !(widget->focusPolicy() & Qt::TabFocus) || kinds.contains(kind))
                    continue;
                kinds.insert(kind);
                weak += weakFocus(widget, Domain::phaseName(phase));
            }
            QVERIFY2(kinds.contains("QPlainTextEdit") || kinds.contains("QLineEdit") ||
                         kinds.contains("QTableView"),
                     qPrintable(Domain::phaseName(phase)));
        }
        QVERIFY2(weak.isEmpty(), qPrintable(weak.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestThemePixels)
#include "tst_themepixels.moc"

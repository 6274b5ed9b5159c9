#include "ui/messages/filter_bar.h"

#include "ui/clock_default.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace es {

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("filterTarget"));
    m_target->addItem(tr("Value"), static_cast<int>(FilterTarget::Value));
    m_target->addItem(tr("Key"), static_cast<int>(FilterTarget::Key));
    m_target->addItem(tr("Header named"), static_cast<int>(FilterTarget::Header));
    m_target->addItem(tr("Any header"), static_cast<int>(FilterTarget::AnyHeader));
    m_target->setToolTip(tr("Which part of each record the search looks at."));
    auto *findLabel = new QLabel(tr("Fin&d in:"), this);
    findLabel->setBuddy(m_target);

    m_header = new QLineEdit(this);
    m_header->setObjectName(QStringLiteral("filterHeader"));
    m_header->setPlaceholderText(tr("header name"));
    m_header->setToolTip(tr("The header whose value the search looks at."));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("filterKind"));
    m_kind->addItem(tr("contains"), static_cast<int>(MatchKind::Contains));
    m_kind->addItem(tr("matches regex"), static_cast<int>(MatchKind::Regex));
    m_kind->addItem(tr("JSON field equals"), static_cast<int>(MatchKind::JsonEquals));
    m_kind->addItem(tr("JSON field contains"), static_cast<int>(MatchKind::JsonContains));
    m_kind->setToolTip(
        tr("A substring, an ECMAScript regular expression found anywhere, or a field of a JSON "
           "document (by its path) that equals or contains the text."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filterPath"));
    m_path->setPlaceholderText(tr("JSON path, e.g. customer.id"));
    m_path->setToolTip(tr("A dotted path with array indices, e.g. customer.id or items[0].sku."));

    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("filterPattern"));
    m_pattern->setPlaceholderText(tr("text to find"));
    m_pattern->setClearButtonEnabled(true);
    m_pattern->setToolTip(tr("What to look for; press Enter to search (Ctrl+F comes here)."));

    // Short, as editors write it, so that the line keeps its width in every language.
    m_ignoreCase = new QCheckBox(tr("A&a"), this);
    m_ignoreCase->setObjectName(QStringLiteral("filterIgnoreCase"));
    m_ignoreCase->setAccessibleName(tr("Ignore case"));
    m_ignoreCase->setToolTip(tr("Ignore case: match upper and lower case letters alike."));

    const QDateTime now = QDateTime::currentDateTime();
    m_useFrom = new QCheckBox(tr("F&rom"), this);
    m_useFrom->setObjectName(QStringLiteral("filterUseFrom"));
    m_useFrom->setToolTip(tr("Only records stamped at or after this time."));
    m_from = new QDateTimeEdit(now.addSecs(-3600), this);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_useTo = new QCheckBox(tr("T&o"), this);
    m_useTo->setObjectName(QStringLiteral("filterUseTo"));
    m_useTo->setToolTip(tr("Only records stamped at or before this time."));
    m_to = new QDateTimeEdit(now, this);
    m_to->setObjectName(QStringLiteral("filterTo"));
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        e->setCalendarPopup(true);
        e->setEnabled(false);
        e->setMinimumWidth(e->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) +
                           e->fontMetrics().height() * 3);
    }
    // Fields nobody set show the last hour as it is when they are ticked, not at launch.
    new ClockDefault(m_from, std::chrono::hours(-1));
    new ClockDefault(m_to, std::chrono::seconds(0));
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    m_search = new QPushButton(tr("Sea&rch"), this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setToolTip(tr("Scan the chosen partitions from the start position to their end, in the "
                            "background, and list the matching records."));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSearch"));
    m_cancel->setToolTip(tr("Stop the search; the matches found so far stay listed."));
    m_cancel->setEnabled(false);
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setObjectName(QStringLiteral("clearSearch"));
    m_clear->setToolTip(tr("Back to browsing every record."));
    m_clear->setEnabled(false);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("searchProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);

    auto *row1 = new QHBoxLayout;
    row1->addWidget(findLabel);
    row1->addWidget(m_target);
    row1->addWidget(m_header);
    row1->addWidget(m_kind);
    row1->addWidget(m_path);
    row1->addWidget(m_pattern, 1);
    row1->addWidget(m_ignoreCase);
    row1->addWidget(m_search);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_useFrom);
    row2->addWidget(m_from);
    row2->addWidget(m_useTo);
    row2->addWidget(m_to);
    row2->addWidget(m_cancel);
    row2->addWidget(m_clear);
    row2->addWidget(m_progress);
    row2->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row1);
    layout->addLayout(row2);

    QWidget *order[] = {m_target,  m_header, m_kind,  m_path, m_pattern, m_ignoreCase, m_search,
                        m_useFrom, m_from,   m_useTo, m_to,   m_cancel,  m_clear};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_target, &QComboBox::currentIndexChanged, this, &FilterBar::updateFields);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FilterBar::updateFields);
    connect(m_search, &QPushButton::clicked, this, &FilterBar::searchRequested);
    connect(m_pattern, &QLineEdit::returnPressed, this, &FilterBar::searchRequested);
    connect(m_path, &QLineEdit::returnPressed, this, &FilterBar::searchRequested);
    connect(m_cancel, &QPushButton::clicked, this, &FilterBar::cancelRequested);
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clearRequested);
    updateFields();
}

void FilterBar::updateFields()
{
    m_header->setVisible(static_cast<FilterTarget>(m_target->currentData().toInt()) == FilterTarget::Header);
    const auto kind = static_cast<MatchKind>(m_kind->currentData().toInt());
    m_path->setVisible(kind == MatchKind::JsonEquals || kind == MatchKind::JsonContains);
}

std::optional<RecordFilter> FilterBar::filter(QString *error) const
{
    RecordFilter f;
    const auto kind = static_cast<MatchKind>(m_kind->currentData().toInt());
    const bool json = kind == MatchKind::JsonEquals || kind == MatchKind::JsonContains;
    if (!m_pattern->text().isEmpty() || json) {
        FilterCondition c;
        c.target = static_cast<FilterTarget>(m_target->currentData().toInt());
        c.kind = kind;
        c.headerName = m_header->text().toStdString();
        c.pattern = m_pattern->text().toStdString();
        if (json)
            c.jsonPath = m_path->text().toStdString();
        c.caseInsensitive = m_ignoreCase->isChecked();
        f.conditions.push_back(std::move(c));
    }
    if (m_useFrom->isChecked())
        f.fromTimestampMs = m_from->dateTime().toMSecsSinceEpoch();
    if (m_useTo->isChecked())
        f.toTimestampMs = m_to->dateTime().toMSecsSinceEpoch();
    if (f.empty()) {
        *error = tr("Enter text to find, or a time range.");
        return std::nullopt;
    }
    auto compiled = RecordMatcher::compile(f);
    if (!compiled) {
        *error = QString::fromStdString(compiled.status().message());
        return std::nullopt;
    }
    return f;
}

void FilterBar::setCondition(FilterTarget target, MatchKind kind, const QString &pattern,
                             const QString &jsonPath, const QString &header)
{
    m_target->setCurrentIndex(m_target->findData(static_cast<int>(target)));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    m_pattern->setText(pattern);
    m_path->setText(jsonPath);
    m_header->setText(header);
}

void FilterBar::setTimeRange(std::optional<std::int64_t> fromMs, std::optional<std::int64_t> toMs)
{
    m_useFrom->setChecked(fromMs.has_value());
    m_useTo->setChecked(toMs.has_value());
    if (fromMs)
        m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(*fromMs));
    if (toMs)
        m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(*toMs));
}

void FilterBar::setRunning(bool running)
{
    m_search->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running)
        m_progress->setRange(0, 0);
}

void FilterBar::setProgress(std::uint64_t scanned, std::uint64_t total, std::uint64_t matched, bool capped)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(std::min<std::uint64_t>(1000, scanned * 1000 / total)));
    }
    const QLocale locale;
    QString text = tr("%1 scanned, %2 matched")
                       .arg(locale.toString(static_cast<qulonglong>(scanned)),
                            locale.toString(static_cast<qulonglong>(matched)));
    if (capped)
        text += tr(" (only the first matches are listed)");
    m_status->setText(text);
}

void FilterBar::setStatus(const QString &text) { m_status->setText(text); }

void FilterBar::setClearable(bool clearable) { m_clear->setEnabled(clearable); }

QString FilterBar::statusText() const { return m_status->text(); }

} // namespace es

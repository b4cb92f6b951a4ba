#include "dialogs/TemplateDialog.h"

#include "document/DesignDocument.h"
#include "canvas/DiagramScene.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace cn {
namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

} // namespace

QImage designThumbnail(const std::string &yamlText, const std::string &label, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    DesignDocument doc;
    QString error;
    if (!doc.loadText(yamlText, QString::fromStdString(label), &error))
        return image;
    DiagramScene scene(&doc);
    scene.setPrinting(true);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    scene.render(&p, QRectF(QPointF(4, 4), QSizeF(size) - QSizeF(8, 8)), scene.designRect().adjusted(-10, -10, 10, 10));
    p.setPen(QColor("#b0bec5"));
    p.drawRect(QRectF(QPointF(0, 0), QSizeF(size) - QSizeF(1, 1)));
    return image;
}

TemplateDialog::TemplateDialog(const TemplateLibrary &library, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New from template"));
    resize(900, 620);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Choose a design to start from:"), this));
    m_list = new QListWidget(this);
    m_list->setObjectName("templateList");
    m_list->setIconSize(QSize(240, 150));
    m_list->setSpacing(4);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);
    for (const auto &entry : library.designs()) {
        std::string error;
        const auto text = TemplateLibrary::readDesignText(entry.info, error);
        const QImage thumb = text ? designThumbnail(*text, entry.info.file, QSize(240, 150)) : QImage();
        const QString folder = entry.info.file.rfind("builtin:", 0) == 0
                                   ? tr("built into clusternet")
                                   : QFileInfo(q(entry.info.file)).absolutePath();
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumb)),
                                         "<b>" + q(entry.info.title) + "</b>", m_list);
        item->setText(q(entry.info.title) + "\n" + q(entry.info.description) + "\n" + tr("From: %1").arg(folder));
        item->setData(Qt::UserRole, q(entry.info.id));
        item->setToolTip(q(entry.info.file));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_details->setText(item ? tr("Template id: %1 — the new design is a copy without this header; save it "
                                     "under a name of its own.")
                                      .arg(item->data(Qt::UserRole).toString())
                                : QString());
    });
    if (m_list->currentItem())
        emit m_list->currentItemChanged(m_list->currentItem(), nullptr);
}

QString TemplateDialog::chosenId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

} // namespace cn

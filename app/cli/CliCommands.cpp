#include "CliCommands.h"

#include <QCoreApplication>

namespace es {

const QList<CliCommand> &cliCommands()
{
    // One line per command; the implementing file declares its run function in its own header.
    static const QList<CliCommand> commands{};
    return commands;
}

QString cliCommandsHelp()
{
    if (cliCommands().isEmpty())
        return QString();
    QString text = QCoreApplication::translate("es::CliApp", "\nMore commands:\n");
    for (const CliCommand &command : cliCommands())
        text += QStringLiteral("  ") + QCoreApplication::translate("es::CliApp", command.synopsis) + u'\n';
    return text;
}

} // namespace es

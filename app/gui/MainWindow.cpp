#include "MainWindow.h"

namespace es {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("HPC Energy Studio"));
}

} // namespace es

# Precompiled headers: Qt's and Catch2's headers are most of the time it takes to compile a file
# here, so every big target compiles them once. On where no compiler launcher is set (a fresh
# clone, CI, `make test`); off under ccache (a launcher), which cannot cache builds that use them,
# and where a build without them keeps every file's own #include list honest.
if(CMAKE_CXX_COMPILER_LAUNCHER)
    set(_cd_pch_default OFF)
else()
    set(_cd_pch_default ON)
endif()
option(CD_PRECOMPILED_HEADERS "Precompile Qt's and Catch2's headers for the big targets" ${_cd_pch_default})

set(CD_PCH_STD <algorithm> <atomic> <functional> <memory> <optional> <utility> <vector>)
set(CD_PCH_CORE ${CD_PCH_STD}
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QMap> <QRegularExpression> <QSet>
    <QString> <QStringList> <QVector>)
set(CD_PCH_UI ${CD_PCH_CORE}
    <QAbstractTableModel> <QApplication> <QCheckBox> <QComboBox> <QDateEdit> <QDialog>
    <QDialogButtonBox> <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit>
    <QPainter> <QPlainTextEdit> <QPushButton> <QSpinBox> <QTableView> <QTableWidget>
    <QTextDocument> <QVBoxLayout> <QWidget>)

# cd_precompile(TARGET core|ui|tests|ui-tests): the headers that target's files use most.
function(cd_precompile target kind)
    if(NOT CD_PRECOMPILED_HEADERS)
        return()
    endif()
    if(kind STREQUAL "core")
        set(headers ${CD_PCH_CORE})
    elseif(kind STREQUAL "ui")
        set(headers ${CD_PCH_UI})
    elseif(kind STREQUAL "tests")
        set(headers ${CD_PCH_CORE} <catch2/catch.hpp>)
    elseif(kind STREQUAL "ui-tests")
        set(headers ${CD_PCH_UI} <catch2/catch.hpp>)
    else()
        message(FATAL_ERROR "cd_precompile: unknown kind ${kind}")
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

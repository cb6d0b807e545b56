# Install-time deployment of Qt and other DLLs next to the Windows executables.
#
# UNTESTED: written without access to a Windows machine. It is run by `cmake --install` and by
# `cpack -G NSIS` through `install(SCRIPT ...)` in installer/CMakeLists.txt, which first defines:
#   CD_WINDEPLOYQT         full path of windeployqt(.exe), may be empty if it was not found
#   CD_DEPLOY_BINDIR       install-relative directory of the executables ("bin")
#   CD_DEPLOY_EXECUTABLES  file names of the executables in that directory
#   CD_DEPLOY_DLL_DIRS     directories searched for non-Qt DLLs (SQLCipher, libsodium, ...)
# CMAKE_INSTALL_PREFIX and CMAKE_INSTALL_CONFIG_NAME are provided by the generated
# cmake_install.cmake (CPack points CMAKE_INSTALL_PREFIX at its staging directory).

# Honour DESTDIR the way CMake's own install rules do (on Windows the drive letter is dropped).
set(_cd_prefix "${CMAKE_INSTALL_PREFIX}")
if(NOT "$ENV{DESTDIR}" STREQUAL "")
    string(REGEX REPLACE "^[A-Za-z]:" "" _cd_prefix "${_cd_prefix}")
    set(_cd_prefix "$ENV{DESTDIR}${_cd_prefix}")
endif()
set(_cd_bindir "${_cd_prefix}/${CD_DEPLOY_BINDIR}")

set(_cd_exes)
foreach(_cd_name IN LISTS CD_DEPLOY_EXECUTABLES)
    if(EXISTS "${_cd_bindir}/${_cd_name}")
        list(APPEND _cd_exes "${_cd_bindir}/${_cd_name}")
    else()
        message(WARNING "windeployqt.cmake: ${_cd_bindir}/${_cd_name} is not installed; skipped")
    endif()
endforeach()
if(NOT _cd_exes)
    return()
endif()

# 1. Qt: DLLs, platform/style/imageformat plugins, Qt's translations (qt_zh_CN.qm ...).
if(CD_WINDEPLOYQT AND EXISTS "${CD_WINDEPLOYQT}")
    if(CMAKE_INSTALL_CONFIG_NAME MATCHES "^[Dd]ebug$")
        set(_cd_mode --debug)
    else()
        set(_cd_mode --release)
    endif()
    foreach(_cd_exe IN LISTS _cd_exes)
        message(STATUS "windeployqt ${_cd_mode} ${_cd_exe}")
        execute_process(
            COMMAND "${CD_WINDEPLOYQT}" ${_cd_mode} --verbose 1 --no-quick-import "${_cd_exe}"
            RESULT_VARIABLE _cd_rc)
        if(NOT _cd_rc EQUAL 0)
            message(FATAL_ERROR "windeployqt failed (${_cd_rc}) on ${_cd_exe}")
        endif()
    endforeach()
else()
    message(WARNING "windeployqt.cmake: windeployqt not available; Qt DLLs are NOT deployed")
endif()

# The vault is SQLCipher only. CounselDesk does not use Qt SQL, but should a dependency ever pull
# it in, never ship Qt's plaintext sqlite (or any other) SQL driver.
if(EXISTS "${_cd_bindir}/sqldrivers")
    message(STATUS "windeployqt.cmake: removing ${_cd_bindir}/sqldrivers (no plaintext SQL drivers)")
    file(REMOVE_RECURSE "${_cd_bindir}/sqldrivers")
endif()

# 2. Non-Qt DLLs (SQLCipher, libsodium, OpenSSL/libcrypto used by SQLCipher, ...).
if(CMAKE_HOST_WIN32)
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES ${_cd_exes}
        DIRECTORIES ${CD_DEPLOY_DLL_DIRS}
        RESOLVED_DEPENDENCIES_VAR _cd_resolved
        UNRESOLVED_DEPENDENCIES_VAR _cd_unresolved
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6" "^qt6"
        POST_EXCLUDE_REGEXES "[Ss]ystem32" "[Ss]ys[Ww][Oo][Ww]64" "[Ww]indows[/\\\\][Ww]in[Ss]x[Ss]")
    foreach(_cd_dll IN LISTS _cd_resolved)
        get_filename_component(_cd_dll_name "${_cd_dll}" NAME)
        if(NOT EXISTS "${_cd_bindir}/${_cd_dll_name}")
            message(STATUS "Deploying ${_cd_dll_name}")
            file(COPY "${_cd_dll}" DESTINATION "${_cd_bindir}")
        endif()
    endforeach()
    foreach(_cd_dll IN LISTS _cd_unresolved)
        if(NOT EXISTS "${_cd_bindir}/${_cd_dll}")
            message(WARNING "windeployqt.cmake: could not find ${_cd_dll}; the installer will lack it")
        endif()
    endforeach()
endif()

# cmake -D BUILD_DIR=... -D WORK_DIR=... -D BINDIR=bin -D DATADIR=share
#       -D VERSION=x.y.z -P check_install.cmake
#
# Installs the build into WORK_DIR as a distribution would (DESTDIR, prefix
# /usr), checks every file is where desktops look for it, and validates the
# menu entry and the AppStream metadata.
cmake_minimum_required(VERSION 3.21)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

# Named before anything is installed, so a missing tool costs no time.
candor_require_tools(
    desktop-file-validate desktop-file-utils
    appstreamcli appstream
    update-mime-database shared-mime-info)

file(REMOVE_RECURSE ${WORK_DIR})
candor_run("cmake --install into ${WORK_DIR}"
    ${CMAKE_COMMAND} -E env DESTDIR=${WORK_DIR}
    ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr)

set(root ${WORK_DIR}/usr)
candor_expected_files(expected ${BINDIR} ${DATADIR})
foreach(file IN LISTS expected)
    if(NOT EXISTS ${root}/${file})
        message(FATAL_ERROR "not installed: /usr/${file}")
    endif()
endforeach()

# The installed binary must start on its own, not only from the build tree.
candor_run("installed candor --version" ${root}/${BINDIR}/candor --version)
if(NOT candor_run_output MATCHES "${VERSION}")
    message(FATAL_ERROR "candor --version does not say ${VERSION}:\n${candor_run_output}")
endif()

set(desktop ${root}/${DATADIR}/applications/${candor_app_id}.desktop)
candor_run("desktop-file-validate" desktop-file-validate ${desktop})
# It exits 0 on warnings (deprecated keys, wrong categories), which some
# desktops act on all the same; its hints are advice and only shown.
if(candor_run_output MATCHES "warning:")
    message(FATAL_ERROR "desktop-file-validate ${desktop}:\n${candor_run_output}")
elseif(NOT candor_run_output STREQUAL "")
    message(STATUS "desktop-file-validate:\n${candor_run_output}")
endif()
file(STRINGS ${desktop} icon_line REGEX "^Icon=")
if(NOT icon_line STREQUAL "Icon=${candor_app_id}")
    message(FATAL_ERROR "the menu entry names icon '${icon_line}', not ${candor_app_id}")
endif()

file(STRINGS ${desktop} mime_line REGEX "^MimeType=")
if(NOT mime_line MATCHES "^MimeType=application/x-candor-sessions")
    message(FATAL_ERROR "the menu entry opens '${mime_line}', not session files")
endif()

# The MIME package as the desktop reads it: the database it builds must know
# .candor files by name and by content.
set(mime ${root}/${DATADIR}/mime)
candor_run("update-mime-database" update-mime-database -V ${mime})
if(candor_run_output MATCHES "[Ee]rror|[Ww]arning|[Ii]nvalid")
    message(FATAL_ERROR "update-mime-database ${mime}:\n${candor_run_output}")
endif()
if(NOT EXISTS ${mime}/application/x-candor-sessions.xml)
    message(FATAL_ERROR "the MIME database has no application/x-candor-sessions")
endif()
file(READ ${mime}/globs2 globs)
if(NOT globs MATCHES "application/x-candor-sessions:\\*\\.candor")
    message(FATAL_ERROR "the MIME database does not know *.candor:\n${globs}")
endif()
# Binary, with NUL bytes: read as hex ("x-candor-sessions", "CAND").
file(READ ${mime}/magic magic HEX)
if(NOT magic MATCHES "782d63616e646f722d73657373696f6e73" OR NOT magic MATCHES "43414e44")
    message(FATAL_ERROR "the MIME database does not know session files by their content")
endif()

set(metainfo ${root}/${DATADIR}/metainfo/${candor_app_id}.metainfo.xml)
candor_run("appstreamcli validate" appstreamcli validate --no-net ${metainfo})
file(READ ${metainfo} metainfo_text)
if(NOT metainfo_text MATCHES "<release version=\"${VERSION}\"")
    message(FATAL_ERROR "${metainfo} has no release entry for version ${VERSION}")
endif()
# The installed tree as a whole: the .desktop file the metainfo launches is
# installed beside it.
candor_run("appstreamcli validate-tree" appstreamcli validate-tree --no-net ${WORK_DIR})

message(STATUS "installed and valid: ${WORK_DIR}")

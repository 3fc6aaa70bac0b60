# A Debian package built from the same install rules as `cmake --install`:
#   cd build && cpack -G DEB  ->  candor_<version>_<arch>.deb
include(GNUInstallDirs)

# Debian wants the licence in /usr/share/doc/<package>/copyright; MIT wants
# the notice to travel with every copy.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/candor
    RENAME copyright)

set(CPACK_PACKAGE_NAME candor)
set(CPACK_PACKAGE_VENDOR "The Candor authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "facilitate pre-mortem and post-mortem sessions")
# Wrapped by hand: the Debian control file keeps line breaks as written.
set(CPACK_PACKAGE_DESCRIPTION [[
Candor guides a facilitator through pre-mortem and post-mortem sessions
on a shared screen: timed private writing, round-robin sharing,
hand-count tallies, a discussion that starts with what most people wrote,
and a prioritized list of follow-up actions. Everything is saved locally
the moment it is typed, and a session summary prints on paper or to PDF.]])
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_CONTACT "Candor maintainers <candor@example.invalid>")
set(CPACK_STRIP_FILES ON)

set(CPACK_GENERATOR DEB)
# candor_0.1.0_amd64.deb, the name apt and dpkg users expect.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps turns the libraries the binary links (Qt 6, libstdc++) into
# versioned Depends, so they follow whatever Qt the package was built with.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see: the SQLite
# driver (without it no database opens), the platform plugins (without them
# no window). The window icon is a PNG, so no SVG engine is needed.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Emoji typed into a concern should show and print in colour.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-color-emoji")

# `package_source` would otherwise sweep up every build folder. Verbatim, so
# the patterns reach CPack with one level of escaping.
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES
    "/\\.git/" "\\.user$"
    "^${PROJECT_SOURCE_DIR}/build[^/]*/" "^${PROJECT_SOURCE_DIR}/Testing/")

include(CPack)

# cmake -D BUILD_DIR=... -D WORK_DIR=... -D CPACK=/usr/bin/cpack
#       -D VERSION=x.y.z -P check_package.cmake
#
# Builds the .deb into WORK_DIR and checks what apt would see: the package's
# name, version and dependencies (Qt libraries found by dpkg-shlibdeps plus
# the run-time plugins named by hand) and the files it installs.
cmake_minimum_required(VERSION 3.21)
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

# CPack computes Depends with dpkg-shlibdeps and picks the ELF files with file.
candor_require_tools(
    dpkg-deb dpkg
    dpkg-shlibdeps dpkg-dev
    file file)

file(REMOVE_RECURSE ${WORK_DIR})
candor_run("cpack -G DEB"
    ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${WORK_DIR})

file(GLOB debs ${WORK_DIR}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${WORK_DIR}, found: ${debs}")
endif()
get_filename_component(deb_name ${debs} NAME)
if(NOT deb_name MATCHES "^candor_${VERSION}_[a-z0-9]+\\.deb$")
    message(FATAL_ERROR "unexpected package file name ${deb_name}")
endif()

candor_run("dpkg-deb -I" dpkg-deb -I ${debs})
set(control "${candor_run_output}")
foreach(field
        "Package: candor"
        "Version: ${VERSION}"
        "Section: office"
        "Maintainer: Candor maintainers <candor@example.invalid>"
        "Recommends: fonts-noto-color-emoji")
    string(FIND "${control}" "${field}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package's control lacks '${field}':\n${control}")
    endif()
endforeach()
string(REGEX MATCH "\n Depends: [^\n]*" depends "${control}")
# libqt6widgets6 proves dpkg-shlibdeps ran; the others are plugins it cannot see.
foreach(dependency libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins)
    if(NOT depends MATCHES "[ ,]${dependency}([ ,(]|$)")
        message(FATAL_ERROR "Depends lacks ${dependency}:${depends}")
    endif()
endforeach()

candor_run("dpkg-deb -c" dpkg-deb -c ${debs})
set(contents "${candor_run_output}")
# The .deb installs under /usr with Debian's usual folder names.
candor_expected_files(expected bin share)
foreach(file IN LISTS expected)
    string(FIND "${contents}" " ./usr/${file}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks /usr/${file}:\n${contents}")
    endif()
endforeach()

message(STATUS "package ok: ${debs}${depends}")

# Shared by check_install.cmake and check_package.cmake.

# What an installed Candor consists of, relative to the install prefix. Both
# the install tree and the .deb must hold all of it.
set(candor_app_id io.github.candor.Candor)
set(candor_icon_sizes 16 24 32 48 64 128 256)

# candor_expected_files(<out-var> <bindir> <datadir>)
function(candor_expected_files out bindir datadir)
    set(files
        ${bindir}/candor
        ${datadir}/applications/${candor_app_id}.desktop
        ${datadir}/metainfo/${candor_app_id}.metainfo.xml
        ${datadir}/mime/packages/${candor_app_id}.xml
        ${datadir}/icons/hicolor/scalable/apps/${candor_app_id}.svg
        ${datadir}/doc/candor/copyright)
    foreach(size IN LISTS candor_icon_sizes)
        list(APPEND files ${datadir}/icons/hicolor/${size}x${size}/apps/${candor_app_id}.png)
    endforeach()
    set(${out} ${files} PARENT_SCOPE)
endfunction()

# candor_require_tools(<program> <debian-package> ...): stop, naming every
# package to install, when a program is missing, instead of failing vaguely
# halfway through.
function(candor_require_tools)
    set(missing_programs)
    set(missing_packages)
    while(ARGN)
        list(POP_FRONT ARGN program package)
        find_program(candor_tool_${program} ${program})
        if(NOT candor_tool_${program})
            list(APPEND missing_programs ${program})
            list(APPEND missing_packages ${package})
        endif()
    endwhile()
    if(missing_programs)
        list(JOIN missing_programs ", " programs)
        list(JOIN missing_packages " " packages)
        message(FATAL_ERROR "this test needs ${programs}; install them with\n"
            "    apt-get install ${packages}\n"
            "(./dev.sh test installs what the tests need).")
    endif()
endfunction()

# candor_run(<description> <command>...): run a command, fail with its output.
function(candor_run description)
    execute_process(COMMAND ${ARGN}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${description} failed (${result}):\n${output}")
    endif()
    set(candor_run_output "${output}" PARENT_SCOPE)
endfunction()

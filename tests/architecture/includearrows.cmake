# Checks that includes run the way the arrows do, naming each one that does
# not. The build enforces the same for models/ (a room sees only its own
# headers and those below it); this says which line is at fault, and also
# checks what the build cannot: ui/ never speaks SQL, models/ never links
# Widgets or printing, and nothing below app/ or ui/ reaches up.
#
#   cmake -DSOURCE_DIR=<repo> -P includearrows.cmake

cmake_minimum_required(VERSION 3.21)

# Each models/ room and the rooms it may include from (itself first).
set(allowed_vocabulary vocabulary)
set(allowed_storage storage vocabulary)
set(allowed_commands commands storage vocabulary)
set(allowed_live live commands storage vocabulary)
set(allowed_summary summary storage vocabulary)
set(rooms vocabulary storage commands live summary)

set(problems "")

# Where each project header lives.
foreach(room IN LISTS rooms)
    file(GLOB headers RELATIVE ${SOURCE_DIR}/models/${room} ${SOURCE_DIR}/models/${room}/*.h)
    foreach(header IN LISTS headers)
        set(room_of_${header} ${room})
    endforeach()
endforeach()
foreach(top ui app)
    file(GLOB headers RELATIVE ${SOURCE_DIR}/${top} ${SOURCE_DIR}/${top}/*.h)
    foreach(header IN LISTS headers)
        set(room_of_${header} ${top})
    endforeach()
endforeach()

function(check_file path room allowed forbidden_system)
    file(STRINGS ${path} lines REGEX "^[ \t]*#[ \t]*include")
    file(RELATIVE_PATH shown ${SOURCE_DIR} ${path})
    foreach(line IN LISTS lines)
        if(line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
            set(header ${CMAKE_MATCH_1})
            get_filename_component(name ${header} NAME)
            set(target_room "${room_of_${name}}")
            if(target_room AND NOT target_room IN_LIST allowed)
                list(APPEND problems
                    "${shown}: includes ${name} from ${target_room}, which ${room} may not see")
            endif()
        elseif(line MATCHES "#[ \t]*include[ \t]*<([^>]+)>")
            set(header ${CMAKE_MATCH_1})
            foreach(pattern IN LISTS forbidden_system)
                if(header MATCHES "${pattern}")
                    list(APPEND problems "${shown}: includes <${header}>, which ${room} may not use")
                endif()
            endforeach()
        endif()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()

# Qt Widgets and printing: the widgets' own headers start with QAbstract…,
# QWidget and the rest; the modules' include names catch the others.
set(widget_headers "^QtWidgets" "^QtPrintSupport" "^QWidget" "^QApplication$" "^QPrinter"
    "^QPrintDialog" "^QMainWindow" "^QDialog" "^QLabel" "^QPushButton" "^QStyle")
set(sql_headers "^QtSql" "^QSql")

foreach(room IN LISTS rooms)
    file(GLOB_RECURSE sources ${SOURCE_DIR}/models/${room}/*.h ${SOURCE_DIR}/models/${room}/*.cpp)
    foreach(source IN LISTS sources)
        check_file(${source} ${room} "${allowed_${room}}" "${widget_headers}")
    endforeach()
endforeach()

# ui/ reads and writes through the models, never with SQL of its own.
file(GLOB ui_sources ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp)
foreach(source IN LISTS ui_sources)
    check_file(${source} ui "ui;${rooms}" "${sql_headers}")
endforeach()

# ui/ never reaches up into app/.
foreach(source IN LISTS ui_sources)
    file(STRINGS ${source} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    file(RELATIVE_PATH shown ${SOURCE_DIR} ${source})
    foreach(line IN LISTS lines)
        if(line MATCHES "\"([^\"]+)\"")
            get_filename_component(name ${CMAKE_MATCH_1} NAME)
            if("${room_of_${name}}" STREQUAL "app")
                list(APPEND problems "${shown}: includes ${name} from app, which ui may not see")
            endif()
        endif()
    endforeach()
endforeach()

if(problems)
    list(LENGTH problems count)
    string(REPLACE ";" "\n  " listed "${problems}")
    message(FATAL_ERROR "${count} include(s) run against the arrows:\n  ${listed}")
endif()
message(STATUS "Every include runs the way the arrows do.")

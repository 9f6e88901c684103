@echo off
rem NeuroLoom launcher for Windows: builds what is missing, then opens the app
rem (no arguments) or runs the command line (validate, run, bench, export, sweep; --help).
setlocal
set "HERE=%~dp0"
set "BUILT=1"
if not exist "%HERE%app\target\lib\.built" set "BUILT="
if not exist "%HERE%app\target\javafx" set "BUILT="
if not defined BUILT (
  echo neuroloom: building ... 1>&2
  pushd "%HERE%"
  call mvnw.cmd -q -B -DskipTests package || exit /b 1
  popd
  type nul > "%HERE%app\target\lib\.built"
)
rem jdk.incubator.vector: the engine's SIMD neuron loops. cmd cannot filter one stderr line
rem without merging the streams, so Java 17's one-line "Using incubator modules" warning stays.
set "CP=%HERE%app\target\classes;%HERE%engine\target\classes;%HERE%model\target\classes;%HERE%app\target\lib\*"
rem JavaFX on the module path: on the class path it warns "Unsupported JavaFX configuration".
java -XX:MaxRAMPercentage=75 -XX:+UseParallelGC %NEUROLOOM_JAVA_OPTS% --module-path "%HERE%app\target\javafx" --add-modules jdk.incubator.vector,javafx.controls,javafx.swing -Dneuroloom.home="%HERE%." -cp "%CP%" org.neuroloom.app.Main %*
exit /b %ERRORLEVEL%

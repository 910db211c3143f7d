@echo off
rem The command line of the installed app: sohop COMMAND ... (see "sohop --help").
rem It runs SoHop.exe --cli in this console and passes its exit code on
rem (0 success, 2 bad input, 1 other failure). A batch file waits for SoHop.exe to finish.
"%~dp0SoHop.exe" --cli %*
exit /b %ERRORLEVEL%

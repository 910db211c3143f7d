; Sổ Họp's additions to electron-builder's NSIS script (nsis.include in electron-builder.yml).
; The uninstaller shows one more page with a "Xóa dữ liệu" box. Unticked (the default, and always in
; a silent uninstall such as an update), the data folder %APPDATA%\SoHop stays: the database, the
; automatic backups and the log. Ticked, it is deleted after the program files.
; Saved as UTF-8 with a byte order mark, which is how NSIS knows it is UTF-8.

!ifdef BUILD_UNINSTALLER
  !include nsDialogs.nsh
  !include LogicLib.nsh

  Var SoHopDeleteDataBox
  Var SoHopDeleteData

  !macro customUnWelcomePage
    !insertmacro MUI_UNPAGE_WELCOME
    UninstPage custom un.SoHopDataPage un.SoHopDataPageLeave
  !macroend

  Function un.SoHopDataPage
    !insertmacro MUI_HEADER_TEXT "Dữ liệu của Sổ Họp" "Giữ lại hay xóa dữ liệu trên máy này"
    nsDialogs::Create 1018
    Pop $0
    ${NSD_CreateLabel} 0 0 100% 48u "Dữ liệu (cơ sở dữ liệu, các bản sao lưu tự động và nhật ký) nằm trong thư mục $APPDATA\SoHop. Nếu không đánh dấu ô dưới đây, dữ liệu được giữ lại để cài đặt lại sau này."
    Pop $0
    ${NSD_CreateCheckbox} 0 56u 100% 12u "Xóa dữ liệu (không thể hoàn tác)"
    Pop $SoHopDeleteDataBox
    ${NSD_SetState} $SoHopDeleteDataBox ${BST_UNCHECKED}
    nsDialogs::Show
  FunctionEnd

  Function un.SoHopDataPageLeave
    ${NSD_GetState} $SoHopDeleteDataBox $SoHopDeleteData
  FunctionEnd

  !macro customUnInstall
    ${If} $SoHopDeleteData == ${BST_CHECKED}
      ; The app keeps its data in the roaming AppData of the user who ran it.
      SetShellVarContext current
      RMDir /r "$APPDATA\SoHop"
    ${EndIf}
  !macroend
!endif

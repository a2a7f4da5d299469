; Inno Setup 6 script for Advocaat: a per-user install without administrator rights.
;
; Build from the repository root, after packaging/build.py has written dist\advocaat\:
;   iscc /DAppVersion=0.1.0 packaging\windows\advocaat.iss
; which writes dist\Advocaat-0.1.0-setup.exe. See docs/building.md.
;
; The file types below must stay equal to packaging/file_types.py (extension, description);
; tests/unit/test_packaging_windows_macos.py compares them.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<version> packaging\windows\advocaat.iss
#endif

#define AppName "Advocaat"
#define AppExe "advocaat-gui.exe"

[Setup]
; The AppId ties updates and the uninstaller to this app: never change it.
AppId={{CE1F0635-541E-42F3-8664-AC2E994AE8BE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Advocaat developers
; Paths below are relative to the repository root.
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=Advocaat-{#AppVersion}-setup
SetupIconFile=packaging\icons\advocaat.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Per user, never elevated: under "lowest" {autopf} is the user's own Programs folder
; (%LOCALAPPDATA%\Programs) and HKA is HKEY_CURRENT_USER.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.10 and 6.11 run on Windows 10 1809 and later.
MinVersion=10.0.17763
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.ShortcutsGroup=Snelkoppelingen:
en.ShortcutsGroup=Shortcuts:
nl.DesktopIcon=Een snelkoppeling op het &bureaublad maken
en.DesktopIcon=Create a &desktop shortcut
nl.StartApp=Advocaat nu &starten
en.StartApp=&Start Advocaat now
nl.ExportFileType=Exportbestand met signalen van Advocaat
en.ExportFileType=Advocaat export file with signals
nl.ProfileFileType=Organisatieprofiel van Advocaat
en.ProfileFileType=Advocaat organisation profile
nl.FeedbackFileType=Terugkoppeling van het landelijk bureau (Advocaat)
en.FeedbackFileType=Advocaat feedback from the national office
nl.DeleteDataQuestion=Wil je ook je gegevens verwijderen?%n%n%1%n%nDeze map bevat je contacten, gesprekken, signalen, sleutels en back-ups. Verwijderen kan niet ongedaan worden gemaakt. Kies Nee om ze te bewaren.
en.DeleteDataQuestion=Also delete your data?%n%n%1%n%nThis folder holds your contacts, visits, signals, keys and backups. Deleting them cannot be undone. Choose No to keep them.
nl.DeleteDataFailed=Niet alles in deze map kon worden verwijderd:%n%n%1%n%nSluit Advocaat en verwijder de map zelf.
en.DeleteDataFailed=Not everything in this folder could be deleted:%n%n%1%n%nClose Advocaat and delete the folder yourself.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:ShortcutsGroup}"; Flags: unchecked

[Files]
; The one-folder PyInstaller bundle: advocaat.exe, advocaat-gui.exe and their shared _internal\.
Source: "dist\advocaat\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File associations for this user only (HKA = HKCU\Software\Classes under "lowest"), as the
; [Registry] section's documentation advises instead of HKCR. The extension's value is removed
; on uninstall (another program may own the key), the ProgID key with everything below it.
Root: HKA; Subkey: "Software\Classes\.advocaat-export"; ValueType: string; ValueName: ""; ValueData: "Advocaat.export"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.advocaat-export\OpenWithProgids"; ValueType: string; ValueName: "Advocaat.export"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Advocaat.export"; ValueType: string; ValueName: ""; ValueData: "{cm:ExportFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Advocaat.export"; ValueType: string; ValueName: "FriendlyTypeName"; ValueData: "{cm:ExportFileType}"
Root: HKA; Subkey: "Software\Classes\Advocaat.export\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Advocaat.export\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

Root: HKA; Subkey: "Software\Classes\.advocaat-profiel"; ValueType: string; ValueName: ""; ValueData: "Advocaat.profile"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.advocaat-profiel\OpenWithProgids"; ValueType: string; ValueName: "Advocaat.profile"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Advocaat.profile"; ValueType: string; ValueName: ""; ValueData: "{cm:ProfileFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Advocaat.profile"; ValueType: string; ValueName: "FriendlyTypeName"; ValueData: "{cm:ProfileFileType}"
Root: HKA; Subkey: "Software\Classes\Advocaat.profile\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Advocaat.profile\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

Root: HKA; Subkey: "Software\Classes\.advocaat-feedback"; ValueType: string; ValueName: ""; ValueData: "Advocaat.feedback"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.advocaat-feedback\OpenWithProgids"; ValueType: string; ValueName: "Advocaat.feedback"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Advocaat.feedback"; ValueType: string; ValueName: ""; ValueData: "{cm:FeedbackFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Advocaat.feedback"; ValueType: string; ValueName: "FriendlyTypeName"; ValueData: "{cm:FeedbackFileType}"
Root: HKA; Subkey: "Software\Classes\Advocaat.feedback\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Advocaat.feedback\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent

[Code]
{ The user's data folder: platformdirs' roaming user-data folder, %APPDATA%\Advocaat, as
  advocaat/paths.py decides. Only this folder is offered for deletion. A portable data folder
  ("data" beside the executable, with advocaat-portable.txt) belongs to a copy on a USB stick,
  not to this install, and a folder given with --data-dir or ADVOCAAT_DATA_DIR is the user's
  own choice: the uninstaller touches neither. }
function DataFolder: String;
begin
  Result := ExpandConstant('{userappdata}\{#AppName}');
end;

{ After the program files are gone, ask whether the data goes too; No is the default, and a
  silent uninstall (/SILENT, /VERYSILENT) never asks and keeps the data. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent and DirExists(DataFolder) then
  begin
    if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataFolder]),
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      if not DelTree(DataFolder, True, True, True) then
        MsgBox(FmtMessage(CustomMessage('DeleteDataFailed'), [DataFolder]), mbError, MB_OK);
    end;
  end;
end;

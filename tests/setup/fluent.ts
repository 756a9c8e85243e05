// SharePoint pages register Fluent UI's icon font; under jest nothing does, so silence the
// "icon was used but not registered" noise that would bury real warnings.
import { setIconOptions } from '@fluentui/react/lib/Styling';

setIconOptions({ disableWarnings: true });

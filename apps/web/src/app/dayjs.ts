import { VN_TIME_ZONE } from '@thidua/shared-domain';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

/** Vietnamese month/day names in pickers; times computed in Asia/Ho_Chi_Minh. */
export function configureDayjs(): void {
  dayjs.extend(utc);
  dayjs.extend(timezone);
  dayjs.locale('vi');
  dayjs.tz.setDefault(VN_TIME_ZONE);
}

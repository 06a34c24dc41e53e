import { Skeleton } from '@/components/ui/skeleton';

/** Shown while the first route's code loads. */
export function AppLoading() {
  return (
    <div className="page">
      <Skeleton lines={6} />
    </div>
  );
}
